package org.claimcheck.input;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a saved web page: the article's main text, with every paragraph, heading and list item on its
 * own paragraph so that sentence splitting never runs two blocks together; and the title, byline and
 * publication time from the usual meta tags.
 *
 * <p>Scripts, styles, navigation, headers, footers, asides, forms and embedded frames are dropped. The
 * main text is the page's {@code <article>}, else its {@code <main>}, else its body. Evidence offsets point
 * into this extracted text.
 */
final class HtmlArticle {

    private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "svg, button, template, [role=navigation], [aria-hidden=true]";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";

    private HtmlArticle() {
    }

    /** The parts of a page an article is made of. */
    record Parts(String text, Map<String, String> metadata) {
    }

    /** Extracts the main text and metadata of {@code html}. */
    static Parts parse(String html) {
        Document page = Jsoup.parse(html);
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "title", firstNonBlank(meta(page, "og:title"), page.title()));
        put(metadata, "byline", firstNonBlank(meta(page, "author"), meta(page, "article:author")));
        put(metadata, "published", firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
                meta(page, "pubdate"), page.select("time[datetime]").attr("datetime")));
        put(metadata, "outlet", meta(page, "og:site_name"));
        put(metadata, "url", firstNonBlank(meta(page, "og:url"), page.select("link[rel=canonical]").attr("href")));
        page.select(BOILERPLATE).remove();
        Element main = firstNonNull(page.selectFirst("article"), page.selectFirst("main"), page.body());
        StringBuilder text = new StringBuilder();
        Elements blocks = main == null ? new Elements() : main.select(BLOCKS);
        for (Element block : blocks) {
            // A block inside another block (a paragraph in a quote) is read with its parent.
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String paragraph = block.text().strip();
            if (!paragraph.isEmpty()) {
                text.append(text.length() > 0 ? "\n\n" : "").append(paragraph);
            }
        }
        if (text.length() == 0 && main != null) {
            text.append(main.text().strip());
        }
        return new Parts(text.toString(), metadata);
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return tag == null ? "" : tag.attr("content").strip();
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (!value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
