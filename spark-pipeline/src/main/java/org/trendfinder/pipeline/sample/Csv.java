package org.trendfinder.pipeline.sample;

/** RFC 4180 output: fields quoted only when they hold a comma, quote or line break; CRLF between records. */
final class Csv {
    static final String RECORD_END = "\r\n";

    private Csv() {
    }

    static void field(StringBuilder out, CharSequence value) {
        boolean quote = false;
        for (int i = 0, n = value.length(); i < n && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        int from = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            if (value.charAt(i) == '"') {
                out.append(value, from, i + 1).append('"');
                from = i + 1;
            }
        }
        out.append(value, from, value.length()).append('"');
    }

    static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, fields[i]);
        }
        out.append(RECORD_END);
    }

    /** Dollars and cents from a cent amount: "1234.56", or "$1,234.56" when {@code dollarStyle}. */
    static void money(StringBuilder out, long cents, boolean dollarStyle) {
        long dollars = cents / 100;
        int rest = (int) (cents % 100);
        if (dollarStyle) {
            out.append('$');
            String d = Long.toString(dollars);
            for (int i = 0; i < d.length(); i++) {
                if (i > 0 && (d.length() - i) % 3 == 0) {
                    out.append(',');
                }
                out.append(d.charAt(i));
            }
        } else {
            out.append(dollars);
        }
        out.append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    }
}
