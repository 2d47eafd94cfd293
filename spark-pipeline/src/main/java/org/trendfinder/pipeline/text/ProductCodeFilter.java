package org.trendfinder.pipeline.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops every token holding a digit: pure numbers ("24", "2017") and product codes or sizes that mix
 * letters and digits ("256gb", "lc405bu", "x2"). They name one catalogue item, not a topic. The removed
 * token leaves a position gap, so no phrase is formed across it.
 */
public final class ProductCodeFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ProductCodeFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            if (Character.isDigit(buffer[i])) {
                return false;
            }
        }
        return true;
    }
}
