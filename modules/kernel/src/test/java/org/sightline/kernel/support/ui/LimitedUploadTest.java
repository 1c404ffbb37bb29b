package org.sightline.kernel.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A file over the limit is refused while it streams in: never read whole, and with a message that says why. */
class LimitedUploadTest {

    static final long LIMIT = 15L * 1024 * 1024;

    /** 60 MB of bytes made as they are read, counting how many were. */
    static final class Endless extends InputStream {
        final long size;
        long read;

        Endless(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    @Test
    void aFileOverTheLimitWithoutADeclaredSizeIsRefusedAfterTheFirstByteTooMany() throws Exception {
        Endless sixty = new Endless(60L * 1024 * 1024);
        var r = LimitedUpload.read("minutes.pdf", -1, () -> sixty, LIMIT);
        assertThat(r.refused()).isTrue();
        assertThat(r.refusal()).isEqualTo("\"minutes.pdf\" is larger than 15 MB; files can be up to 15 MB.");
        assertThat(sixty.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedUnread() throws Exception {
        Endless sixty = new Endless(60L * 1024 * 1024);
        var r = LimitedUpload.read("minutes.pdf", 60L * 1024 * 1024, () -> sixty, LIMIT);
        assertThat(r.refusal()).isEqualTo("\"minutes.pdf\" is 60 MB; files can be up to 15 MB.");
        assertThat(sixty.read).isZero();
    }

    @Test
    void aFileUpToTheLimitIsKeptWhole() throws Exception {
        var r = LimitedUpload.read("minutes.pdf", LIMIT, () -> new Endless(LIMIT), LIMIT);
        assertThat(r.refused()).isFalse();
        assertThat(r.bytes()).hasSize((int) LIMIT);
    }
}
