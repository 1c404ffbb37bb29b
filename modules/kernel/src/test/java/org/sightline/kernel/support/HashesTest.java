package org.sightline.kernel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {

    /** The standard's own test vector, so a stored hash made before this class still matches one made by it. */
    @Test
    void sha256IsTheStandardDigestInLowerCaseHex() {
        assertThat(Hashes.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashes.sha256Hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(Hashes.sha256Hex("abc"));
        assertThat(Hashes.sha256("é")).hasSize(32).isEqualTo(Hashes.sha256("é".getBytes(StandardCharsets.UTF_8)));
    }
}
