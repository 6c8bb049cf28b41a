package org.courseport.adapters.rest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What Transfer-Encoding values are served, refused as malformed (400) or refused as unsupported (501). */
class TransferCodingsTest {

    private static int status(String... values) {
        return TransferCodings.judge(List.of(values)).map(TransferCodings.Refusal::status).orElse(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chunked", "Chunked", " chunked ", "chunked,", ", chunked", "chunked;ext=1", "chunked ; ext=\"a b\""})
    void chunkedAloneIsServed(String value) {
        assertEquals(Optional.empty(), TransferCodings.judge(List.of(value)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chu nked|400", "chunked;|400", "chunked;=x|400", "chunked;a=\"x|400", "', ,'|400", "chunked, gzip|400",
            "chunked, chunked|400", "chunked\u00e9|400",
            "foo|501", "gzip|501", "gzip, chunked|501", "x-custom;q=1, chunked|501"})
    void anythingElseIsRefused(String value, int status) {
        assertEquals(status, status(value));
    }

    @Test
    void repeatedHeadersAreOneList() {
        assertEquals(400, status("chunked", "chunked"));
        assertEquals(501, status("gzip", "chunked"));
        assertEquals(0, status());
    }
}
