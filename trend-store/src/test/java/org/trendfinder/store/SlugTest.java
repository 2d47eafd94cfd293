package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void lowerCasesAndJoinsWordsWithDashes() {
        assertThat(Slug.of("Flexible Seating")).isEqualTo("flexible-seating");
        assertThat(Slug.of("  3D printer!! ")).isEqualTo("3d-printer");
        assertThat(Slug.of("café crème")).isEqualTo("cafe-creme");
        assertThat(Slug.of("<img src=x onerror=alert(1)>")).isEqualTo("img-src-x-onerror-alert-1");
    }

    @Test
    void refusesTermsWithoutLettersOrDigits() {
        assertThatThrownBy(() -> Slug.of("!!!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validatesUrlSegments() {
        assertThat(Slug.isValid("flexible-seating")).isTrue();
        assertThat(Slug.isValid("..")).isFalse();
        assertThat(Slug.isValid("a/b")).isFalse();
        assertThat(Slug.isValid("a%2Fb")).isFalse();
        assertThat(Slug.isValid("-a")).isFalse();
        assertThat(Slug.isValid("")).isFalse();
        assertThat(Slug.isValid(null)).isFalse();
    }
}
