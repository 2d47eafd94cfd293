package org.trendfinder.pipeline.sample;

/** RFC 4180 output: fields quoted only when they hold a comma, quote or line break; CRLF between records. */
final class Csv {
    static final String RECORD_END = "\r\n";

    private Csv() {
    }

    static void field(StringBuilder out, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        quoted(out, value, value.indexOf('"'));
    }

    /** Same as for a String; StringBuilder.indexOf scans the bytes in bulk, much faster than charAt per char. */
    static void field(StringBuilder out, StringBuilder value) {
        int quote = value.indexOf("\"");
        if (quote < 0 && value.indexOf(",") < 0 && value.indexOf("\n") < 0 && value.indexOf("\r") < 0) {
            out.append(value);
            return;
        }
        quoted(out, value, quote);
    }

    private static void quoted(StringBuilder out, CharSequence value, int firstQuote) {
        out.append('"');
        if (firstQuote < 0) {
            out.append(value).append('"');
            return;
        }
        int from = 0;
        for (int i = firstQuote, n = value.length(); i < n; i++) {
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
