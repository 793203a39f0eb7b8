package org.claimcheck.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Location;

/** The rules did not compile; {@link #problems()} lists every error with its file and line. */
public class RuleCompilationException extends ClaimCheckException {

    private final List<RuleProblem> problems;

    /** Creates the exception from the problems found, at least one. */
    public RuleCompilationException(List<RuleProblem> problems) {
        super(new Location(problems.get(0).file(), problems.get(0).line(), problems.get(0).column()),
                problems.size() + " error(s) in rules:\n" + problems.stream().map(RuleProblem::toString)
                        .collect(Collectors.joining("\n")), "fix the files above; 'claimcheck rules validate DIR' checks "
                        + "them without running anything", null);
        this.problems = List.copyOf(problems);
    }

    /** Returns every compilation problem. */
    public List<RuleProblem> problems() {
        return problems;
    }

    @Override
    public String describe() {
        return getMessage() + "\n(" + hint() + ")";
    }
}
