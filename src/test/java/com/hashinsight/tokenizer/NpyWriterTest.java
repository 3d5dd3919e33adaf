package com.hashinsight.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {

    @TempDir
    Path folder;

    @Test
    void headerNamesFinalShape() throws IOException {
        Path file = folder.resolve("x.npy");
        try (NpyWriter writer = NpyWriter.open(file, NpyWriter.DType.FLOAT32, 2, 3)) {
            writer.write(new float[] {1, 2, 3, 4, 5, 6});
            writer.write(new float[] {7, 8, 9, 10, 11, 12});
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, bytes[6], "major version");
        int headerLength = Short.toUnsignedInt(buffer.getShort(8));
        assertEquals(0, (10 + headerLength) % 64, "data starts on a 64-byte boundary");
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 3), }", header.trim());
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals(10 + headerLength + 12 * Float.BYTES, bytes.length);
        assertEquals(12f, buffer.getFloat(10 + headerLength + 11 * Float.BYTES));
    }

    @Test
    void oneDimensionalShapeHasTrailingComma() throws IOException {
        Path file = folder.resolve("y.npy");
        try (NpyWriter writer = NpyWriter.open(file, NpyWriter.DType.INT64)) {
            writer.write(new long[] {5, -1, 7});
        }
        byte[] bytes = Files.readAllBytes(file);
        String header = new String(bytes, 10, 118, StandardCharsets.US_ASCII).trim();

        assertEquals("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }", header);
        assertEquals(-1L, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(128 + 8));
    }

    @Test
    void partialRowIsRejected() throws IOException {
        Path file = folder.resolve("z.npy");
        NpyWriter writer = NpyWriter.open(file, NpyWriter.DType.FLOAT32, 4);
        writer.write(new float[] {1, 2, 3});

        assertThrows(IOException.class, writer::close);
    }
}
