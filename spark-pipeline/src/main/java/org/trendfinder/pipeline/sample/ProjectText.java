package org.trendfinder.pipeline.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes a project's free-text columns: the title, and the essay with the short description and need statement
 * drawn from it. Planted terms are written only through the frame sentences, in place of a background sentence,
 * so a planted project is no longer than any other.
 */
final class ProjectText {
    static final String ESSAY_DIVIDER = "<!--DONOTREMOVEESSAYDIVIDER-->";
    private static final String PARAGRAPH = "\r\n\r\n";

    private static final List<Template> STUDENT = Template.compileAll(Vocabulary.STUDENT_SENTENCES);
    /** Background project sentences include the term frames filled with ordinary nouns (see {@link Vocabulary}). */
    private static final List<Template> PROJECT = Template.compileAll(
            concat(concat(Vocabulary.PROJECT_SENTENCES, Vocabulary.TERM_SENTENCES), Vocabulary.FRAME_SENTENCES));
    /** Every mention of a planted term is written in one of these. */
    private static final List<Template> FRAMES = Template.compileAll(Vocabulary.FRAME_SENTENCES);
    private static final List<Template> CLOSING = Template.compileAll(Vocabulary.CLOSING_SENTENCES);
    private static final List<Template> TITLES = Template.compileAll(concat(Vocabulary.TITLES, Vocabulary.TERM_TITLES));
    /** The project sentences and titles a planted term can take a noun's place in. */
    private static final List<Template> TITLES_WITH_NOUN = TITLES.stream().filter(Template::hasNounSlot).toList();

    private final StringBuilder tmp = new StringBuilder(256);
    private final StringBuilder essay = new StringBuilder(2048);

    /** Project Title: six times in ten it features the carried term. */
    void appendTitle(StringBuilder out, CarriedTerms terms, SplittableRandom rng) {
        boolean termInTitle = terms.any() && rng.nextInt(10) < 6;
        tmp.setLength(0);
        (termInTitle ? pick(TITLES_WITH_NOUN, rng) : pick(TITLES, rng)).fill(tmp, rng,
                termInTitle ? terms.featured() : null);
        titleCase(tmp, 0);
        Csv.field(out, tmp);
        out.append(',');
    }

    /** Project Essay, Project Short Description, Project Need Statement (naming {@code needItem}). */
    void appendEssayColumns(StringBuilder out, CarriedTerms terms, List<PlantedSignal> signals, String needItem,
                            SplittableRandom rng) {
        essay.setLength(0);
        paragraph(essay, STUDENT, 2 + rng.nextInt(3), rng);
        essay.append(PARAGRAPH);
        paragraph(essay, STUDENT, 2 + rng.nextInt(2), rng);
        essay.append(ESSAY_DIVIDER);
        int projectPart = essay.length();
        appendProjectSentences(terms, signals, rng);
        essay.append(PARAGRAPH);
        paragraph(essay, CLOSING, 2 + rng.nextInt(2), rng);
        Csv.field(out, essay);
        out.append(',');

        tmp.setLength(0);
        int cut = Math.min(essay.length(), projectPart + 180);
        while (cut < essay.length() && cut > projectPart && essay.charAt(cut) != ' ') {
            cut--;
        }
        tmp.append(essay, projectPart, cut).append("...");
        Csv.field(out, tmp);
        out.append(',');

        tmp.setLength(0);
        tmp.append("My students need ").append(needItem == null ? "classroom supplies" : needItem).append(" to ");
        tmp.append(verb(rng)).append(" and ").append(verb(rng)).append('.');
        Csv.field(out, tmp);
        out.append(',');
    }

    /**
     * The essay's project part: each carried term (and, half the time, the featured one again) is written in one
     * of the frame sentences in place of a project sentence.
     */
    private void appendProjectSentences(CarriedTerms terms, List<PlantedSignal> signals, SplittableRandom rng) {
        boolean[] carried = terms.carried();
        int termSentences = terms.count() + (terms.any() && rng.nextBoolean() ? 1 : 0);
        int sentences = Math.max(termSentences, 2 + rng.nextInt(3));
        int nextCarried = 0;
        int previous = -1;
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                essay.append(' ');
            }
            if (termSentences > 0 && rng.nextInt(sentences - i) < termSentences) {
                while (nextCarried < carried.length && !carried[nextCarried]) {
                    nextCarried++;
                }
                String[] forms = nextCarried < carried.length ? signals.get(nextCarried++).forms : terms.featured();
                pick(FRAMES, rng).fill(essay, rng, forms);
                termSentences--;
                previous = -1;
            } else {
                previous = sentence(essay, PROJECT, previous, rng);
            }
        }
    }

    private static void paragraph(StringBuilder out, List<Template> templates, int sentences, SplittableRandom rng) {
        int previous = -1;
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                out.append(' ');
            }
            previous = sentence(out, templates, previous, rng);
        }
    }

    /** Appends one background sentence, never the same shape as {@code previous}; returns its shape. */
    private static int sentence(StringBuilder out, List<Template> templates, int previous, SplittableRandom rng) {
        int t = rng.nextInt(templates.size());
        if (t == previous) {
            t = (t + 1) % templates.size(); // never the same sentence shape twice in a row
        }
        templates.get(t).fill(out, rng);
        return t;
    }

    private static String verb(SplittableRandom rng) {
        String pair = Vocabulary.VERBS.pick(rng);
        return pair.substring(0, pair.indexOf(':'));
    }

    private static Template pick(List<Template> templates, SplittableRandom rng) {
        return templates.get(rng.nextInt(templates.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Appends {@code text} with each word's first letter upper-cased. */
    static void appendTitleCase(StringBuilder out, String text) {
        int from = out.length();
        out.append(text);
        titleCase(out, from);
    }

    private static void titleCase(StringBuilder sb, int from) {
        for (int i = from; i < sb.length(); i++) {
            if (Character.isLetter(sb.charAt(i)) && (i == from || sb.charAt(i - 1) == ' ')) {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
    }
}
