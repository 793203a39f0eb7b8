package org.claimcheck.input;

/**
 * Where a problem is: a file or article, and optionally a 1-based line and column in it.
 *
 * <p>Printed the way compilers print locations, {@code path:line:col}, so editors and terminals can
 * jump to it.
 *
 * @param where a path, an article id or a rule file name
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String where, int line, int column) {

    /** A location with no line or column. */
    public static Location of(String where) {
        return new Location(where, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return where;
        }
        return column <= 0 ? where + ":" + line : where + ":" + line + ":" + column;
    }
}
