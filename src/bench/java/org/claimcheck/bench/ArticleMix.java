package org.claimcheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.claimcheck.input.Article;

/**
 * A deterministic mix of news-length articles for the benchmarks: tolls, crowds, budgets and outbreaks,
 * written from sentence templates with qualifiers, ranges, number words, named and anonymous sources,
 * quotes, and now and then a second source's conflicting figure or a part larger than its whole.
 *
 * <p>The same seed always gives the same articles, so runs are comparable. Articles run to about 200–600
 * words: a lead, the figures with their sources, reactions, then background paragraphs.
 */
final class ArticleMix {

    /** The seed every benchmark uses. */
    static final long SEED = 20_250_109L;

    /** How many articles a benchmark cycles through: enough that no single article dominates. */
    static final int SIZE = 96;

    private static final String[] PLACES = {"Kenya", "Peru", "Bangladesh", "Ghana", "the Philippines",
        "Chile", "Nigeria", "Indonesia", "Turkey", "Brazil", "Pakistan", "Morocco", "Colombia", "Vietnam"};
    private static final String[] TOWNS = {"Nakuru", "Arequipa", "Sylhet", "Kumasi", "Tacloban", "Valparaíso",
        "Kano", "Palu", "Malatya", "Recife", "Quetta", "Agadir", "Cali", "Hue"};
    private static final String[] OFFICIALS = {"the interior ministry", "the regional governor", "police",
        "the health ministry", "the civil protection agency", "the mayor's office", "the Red Cross",
        "the national disaster agency", "local officials", "the fire service"};
    private static final String[] PEOPLE = {"Amina Otieno", "Carlos Mendoza", "Rahim Uddin", "Olena Marchenko",
        "Maria Santos", "Jorge Fuentes", "Bello Musa", "Dewi Lestari", "Emre Aydın", "Lucas Ferreira"};
    private static final String[] ROLES = {"a spokesperson for", "the head of", "a senior official at",
        "a coordinator with", "the deputy director of"};
    private static final String[] NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"};

    private final Random random;

    private ArticleMix(long seed) {
        this.random = new Random(seed);
    }

    /** Returns {@link #SIZE} articles generated from {@link #SEED}. */
    static List<Article> standard() {
        return generate(SEED, SIZE);
    }

    /** Returns {@code count} articles generated from {@code seed}. */
    static List<Article> generate(long seed, int count) {
        ArticleMix mix = new ArticleMix(seed);
        List<Function<Integer, String>> domains = List.of(mix::toll, mix::crowd, mix::budget, mix::outbreak);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = domains.get(i % domains.size()).apply(i);
            articles.add(Article.of("bench-" + i, "bench:mix/" + i, text));
        }
        return articles;
    }

    /** Counts words as whitespace-separated runs, the measure behind the words/s figures. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Sums the words of every article in the list. */
    static long words(List<Article> articles) {
        return articles.stream().mapToLong(a -> words(a.text())).sum();
    }

    /** A one-line description of the mix for the benchmark log. */
    static String describe(List<Article> articles) {
        long words = words(articles);
        int min = articles.stream().mapToInt(a -> words(a.text())).min().orElse(0);
        int max = articles.stream().mapToInt(a -> words(a.text())).max().orElse(0);
        return String.format("article mix: %d articles, %d words, %.1f words/article (min %d, max %d), seed %d",
                articles.size(), words, (double) words / articles.size(), min, max, SEED);
    }

    private String toll(int n) {
        int place = random.nextInt(PLACES.length);
        String event = pick("floods", "a landslide", "a fire at a garment factory", "an earthquake",
                "a mine explosion", "a ferry capsizing", "a building collapse");
        int dead = 8 + random.nextInt(180);
        int injured = dead + random.nextInt(400);
        StringBuilder text = new StringBuilder();
        text.append(String.format("At least %d people were killed and %d injured after %s struck %s in %s on %s, %s said.%n%n",
                dead, injured, event, TOWNS[place], PLACES[place], weekday(), official()));
        text.append(String.format("Among the dead were %s children, according to %s. ", children(dead), official()));
        text.append(String.format("Rescue teams were still searching for between %d and %d people believed missing.%n%n",
                5 + random.nextInt(20), 30 + random.nextInt(60)));
        if (random.nextInt(3) == 0) {
            int other = dead + 10 + random.nextInt(60);
            text.append(String.format("But %s, %s %s, put the toll at %d, saying that hospitals had not yet reported all deaths. ",
                    person(), role(), official(), other));
            text.append("The two figures could not be reconciled on Tuesday evening.\n\n");
        }
        text.append(quote(pick("We are doing everything we can, but the roads are cut and the rain has not stopped.",
                "Families are waiting at the hospital for news, and some have been waiting since the morning.",
                "We do not yet know how many were inside; the count will change.")));
        text.append(String.format("About %d homes were destroyed and up to %d people spent the night in schools and churches, officials said. ",
                100 + random.nextInt(2_000), 1_000 + random.nextInt(20_000)));
        text.append(String.format("The government released %s million pesos in emergency aid, the finance minister said.%n%n",
                NUMBER_WORDS[random.nextInt(NUMBER_WORDS.length)]));
        background(text, 2 + random.nextInt(4));
        return text.toString();
    }

    private String crowd(int n) {
        int place = random.nextInt(PLACES.length);
        String event = pick("a rally against fuel prices", "the cup final", "a march for teachers' pay",
                "an open-air concert", "the independence day parade", "a protest outside parliament");
        int organisers = 20_000 + random.nextInt(180_000);
        int police = organisers / (2 + random.nextInt(4));
        StringBuilder text = new StringBuilder();
        text.append(String.format("Organisers said more than %,d people attended %s in %s on %s, filling the main square and the streets around it.%n%n",
                organisers, event, TOWNS[place], weekday()));
        text.append(String.format("Police estimated the crowd at about %,d, and said %d people had been detained. ",
                police, random.nextInt(60)));
        text.append(String.format("The venue holds %,d, according to the city council, which said %s had been treated for heat exhaustion.%n%n",
                organisers / 2 + random.nextInt(organisers), NUMBER_WORDS[random.nextInt(NUMBER_WORDS.length)]));
        text.append(quote(pick("Anyone who was there saw the size of it; the official number is a joke.",
                "It was peaceful from start to finish, and that is what people will remember.",
                "We counted the buses and the trains, and the figure we gave is conservative.")));
        text.append(String.format("Transport officials said %d extra trains had carried roughly %,d passengers into the centre, ",
                10 + random.nextInt(40), 10_000 + random.nextInt(90_000)));
        text.append(String.format("while %s said between %d and %d buses had been hired from other provinces.%n%n",
                person(), 50 + random.nextInt(100), 200 + random.nextInt(300)));
        background(text, 2 + random.nextInt(4));
        return text.toString();
    }

    private String budget(int n) {
        int place = random.nextInt(PLACES.length);
        String item = pick("hospitals", "road repairs", "schools", "the metro extension", "flood defences",
                "public housing");
        int total = 200 + random.nextInt(1_800);
        int part = total / (2 + random.nextInt(5));
        StringBuilder text = new StringBuilder();
        text.append(String.format("The city council of %s approved a budget of %d million dollars for next year on %s, %.1f%% more than this year, the mayor's office said.%n%n",
                TOWNS[place], total, weekday(), 1 + random.nextInt(120) / 10.0));
        text.append(String.format("Of that, %d million dollars will go to %s, according to the finance committee. ", part, item));
        if (random.nextInt(4) == 0) {
            text.append(String.format("The opposition said spending on %s would reach %d million dollars, more than the whole budget. ",
                    item, total + 50 + random.nextInt(500)));
        }
        text.append(String.format("Spending on salaries is expected to rise by up to %d%%, while the transport subsidy will fall by roughly %d million.%n%n",
                2 + random.nextInt(9), 5 + random.nextInt(40)));
        text.append(quote(pick("This is a budget for people who take the bus, not for people who build car parks.",
                "The numbers do not add up, and everyone in this chamber knows it.",
                "We cut where we could and spent where we had to.")));
        text.append(String.format("The vote passed by %d to %d, with %s abstentions, council records show. ",
                20 + random.nextInt(20), 5 + random.nextInt(15), NUMBER_WORDS[random.nextInt(6)]));
        text.append(String.format("An audit published in %s found that nearly %d%% of last year's capital budget had not been spent.%n%n",
                pick("March", "June", "September", "November"), 10 + random.nextInt(40)));
        background(text, 2 + random.nextInt(4));
        return text.toString();
    }

    private String outbreak(int n) {
        int place = random.nextInt(PLACES.length);
        String disease = pick("cholera", "measles", "dengue fever", "mpox", "diphtheria");
        int cases = 100 + random.nextInt(5_000);
        int deaths = 3 + random.nextInt(80);
        StringBuilder text = new StringBuilder();
        text.append(String.format("Health officials in %s have recorded %,d suspected cases of %s since the start of the month, including %d deaths, %s said on %s.%n%n",
                PLACES[place], cases, disease, deaths, official(), weekday()));
        text.append(String.format("Most of the cases were in %s, where %s said at least %d patients were being treated in temporary wards. ",
                TOWNS[place], person(), cases / (3 + random.nextInt(5))));
        if (random.nextInt(3) == 0) {
            text.append(String.format("The World Health Organization, citing the same data, said %d people had died. ",
                    deaths + 5 + random.nextInt(40)));
        }
        text.append(String.format("Children under five made up about %d%% of cases, according to an unnamed official at the regional hospital.%n%n",
                20 + random.nextInt(40)));
        text.append(quote(pick("We have vaccines for the next two weeks, but after that we will need more.",
                "The clinics are full; people are sleeping in the corridors.",
                "Clean water is the answer, and we are a long way from it in the camps.")));
        text.append(String.format("A vaccination campaign aims to reach %s hundred thousand people within %d days, the ministry said, ",
                NUMBER_WORDS[random.nextInt(8)], 10 + random.nextInt(20)));
        text.append(String.format("and the number of new cases fell from %d to %d between the first and second weeks.%n%n",
                200 + random.nextInt(300), 50 + random.nextInt(150)));
        background(text, 2 + random.nextInt(4));
        return text.toString();
    }

    private void background(StringBuilder text, int paragraphs) {
        for (int p = 0; p < paragraphs; p++) {
            text.append(pick(
                    "The region has seen repeated emergencies in recent years, and aid groups say the response "
                            + "has been slow each time. Residents interviewed by reporters said they had heard "
                            + "nothing from the authorities until late in the day.",
                    "Opposition politicians called for an independent inquiry. The government said a committee "
                            + "would report within a month, though it did not say who would sit on it or whether "
                            + "its findings would be published.",
                    "Analysts said the figures released so far were likely to change as more information arrived "
                            + "from outlying districts, where telephone lines and roads remain cut.",
                    "Local newspapers reported that the first warnings were issued hours before the event, a "
                            + "claim the authorities denied. It could not be independently verified."));
            text.append(' ');
            text.append(String.format("Last year, %s recorded %d similar incidents across %s, up from %d the year before, according to %s.",
                    official(), 10 + random.nextInt(90), PLACES[random.nextInt(PLACES.length)], 5 + random.nextInt(60),
                    pick("a government report", "the statistics office", "a university study", "an industry group")));
            text.append(' ');
            text.append(String.format("%s, %s %s, said the next %s days would be decisive.",
                    person(), role(), official(), NUMBER_WORDS[random.nextInt(NUMBER_WORDS.length)]));
            text.append("\n\n");
        }
    }

    private String quote(String said) {
        String asSaid = said.substring(0, said.length() - 1) + ",";
        return String.format("\u201c%s\u201d %s, %s %s, told reporters.%n%n", asSaid, person(), role(), official());
    }

    private String children(int dead) {
        int n = 1 + random.nextInt(Math.max(1, dead / 3));
        // "two" to "ten" sometimes spelled out, as reporters do; NUMBER_WORDS starts at "two"
        return n >= 2 && n <= 10 && random.nextBoolean() ? NUMBER_WORDS[n - 2] : Integer.toString(n);
    }

    private String official() {
        return OFFICIALS[random.nextInt(OFFICIALS.length)];
    }

    private String person() {
        return PEOPLE[random.nextInt(PEOPLE.length)];
    }

    private String role() {
        return ROLES[random.nextInt(ROLES.length)];
    }

    private String weekday() {
        return pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
