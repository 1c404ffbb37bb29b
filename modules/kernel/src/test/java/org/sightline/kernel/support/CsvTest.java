package org.sightline.kernel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsDoubledQuotesAndLineBreaksKeepingTheStartLine() throws Exception {
        String csv = "\uFEFFname,note\r\n"
                + "\"Keast, Morwenna\",\"said \"\"hello\"\"\"\r\n"
                + "Ada,\"two\nlines\"\n"
                + "Bo,last";
        List<Csv.Line> lines = Csv.read(new StringReader(csv));
        assertThat(lines).extracting(Csv.Line::number).containsExactly(1, 2, 3, 5);
        assertThat(lines.get(0).fields()).containsExactly("name", "note");
        assertThat(lines.get(1).fields()).containsExactly("Keast, Morwenna", "said \"hello\"");
        assertThat(lines.get(2).fields()).containsExactly("Ada", "two\nlines");
        assertThat(lines.get(3).fields()).containsExactly("Bo", "last");
    }

    @Test
    void missingTrailingFieldsReadAsEmptyAndBlankLinesAreBlank() throws Exception {
        List<Csv.Line> lines = Csv.read(new StringReader("a,b,c\nx\n,,\n"));
        assertThat(lines.get(1).field(2)).isEmpty();
        assertThat(lines.get(2).isBlank()).isTrue();
    }

    @Test
    void aQuoteLeftOpenIsRefusedWithTheLineItStartsOn() {
        assertThatThrownBy(() -> Csv.read(new StringReader("name,note\nAda,fine\nBo,\"never closed\nCy,x\n")))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void aRecordAfterManyMultiLineFieldsStillKnowsItsLine() throws Exception {
        List<Csv.Line> lines = Csv.read(new StringReader("a\n\"1\n2\n3\"\n\n\"4\r\n5\"\r\nlast\r\n"));
        assertThat(lines).extracting(Csv.Line::number).containsExactly(1, 2, 5, 6, 8);
        assertThat(lines.get(3).fields()).containsExactly("4\r\n5");
    }
}
