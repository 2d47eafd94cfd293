package org.trendfinder.pipeline.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A sentence template compiled once into literal parts and slots (see {@link Vocabulary} for the slot letters). */
final class Template {
    private final String[] literals; // literals[i] precedes slots[i]; the last literal ends the sentence
    private final char[] slots;

    private Template(String[] literals, char[] slots) {
        this.literals = literals;
        this.slots = slots;
    }

    static Template compile(String text) {
        List<String> literals = new ArrayList<>();
        StringBuilder slots = new StringBuilder();
        int from = 0;
        int open;
        while ((open = text.indexOf('{', from)) >= 0) {
            int close = text.indexOf('}', open);
            if (close != open + 2) {
                throw new IllegalArgumentException("bad slot in template: " + text);
            }
            literals.add(text.substring(from, open));
            slots.append(text.charAt(open + 1));
            from = close + 1;
        }
        literals.add(text.substring(from));
        return new Template(literals.toArray(String[]::new), slots.toString().toCharArray());
    }

    static List<Template> compileAll(List<String> texts) {
        return texts.stream().map(Template::compile).toList();
    }

    /** Appends the sentence; {X} gets an ordinary noun (background text). */
    void fill(StringBuilder out, SplittableRandom rng) {
        fill(out, rng, null);
    }

    /**
     * Appends the sentence with {@code term} (one of its forms) in its first noun slot ({N} or {X}), every other
     * slot filled as usual. A planted term takes the place of a noun in ordinary phrasing, so the words around
     * it are as common in projects without it: only the term itself rises.
     */
    void fill(StringBuilder out, SplittableRandom rng, String[] term) {
        int sentenceStart = out.length();
        boolean termPending = term != null;
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]);
            if (termPending && (slots[i] == 'N' || slots[i] == 'X')) {
                out.append(term[rng.nextInt(term.length)]);
                termPending = false;
                continue;
            }
            switch (slots[i]) {
                case 'L' -> out.append(Vocabulary.LEARNERS.pick(rng));
                case 'A' -> out.append(Vocabulary.ADJECTIVES.pick(rng));
                case 'V' -> appendVerb(out, Vocabulary.VERBS.pick(rng), false);
                case 'G' -> appendVerb(out, Vocabulary.VERBS.pick(rng), true);
                case 'T' -> out.append(Vocabulary.TOPICS.pick(rng));
                case 'S' -> out.append(Vocabulary.SKILLS.pick(rng));
                case 'C' -> out.append(Vocabulary.COMMUNITY.pick(rng));
                case 'P' -> out.append(20 + rng.nextInt(76));
                case 'N', 'X' -> out.append(Vocabulary.NOUNS.pick(rng));
                default -> throw new IllegalStateException("slot " + slots[i]);
            }
        }
        out.append(literals[slots.length]);
        // A sentence starts with a capital letter, whatever word filled its first slot.
        if (out.length() > sentenceStart) {
            out.setCharAt(sentenceStart, Character.toUpperCase(out.charAt(sentenceStart)));
        }
    }

    private static void appendVerb(StringBuilder out, String pair, boolean gerund) {
        int colon = pair.indexOf(':');
        if (gerund) {
            out.append(pair, colon + 1, pair.length());
        } else {
            out.append(pair, 0, colon);
        }
    }

    /** True when the template has a slot a planted term can take ({N} or {X}). */
    boolean hasNounSlot() {
        for (char c : slots) {
            if (c == 'N' || c == 'X') {
                return true;
            }
        }
        return false;
    }
}
