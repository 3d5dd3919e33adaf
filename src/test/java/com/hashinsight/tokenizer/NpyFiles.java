package com.hashinsight.tokenizer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the little-endian float32 and int64 {@code .npy} files that {@link NpyWriter} writes. */
final class NpyFiles {

    /**
     * An array read back.
     *
     * @param shape   full shape
     * @param floats  elements of a float32 file, else null
     * @param longs   elements of an int64 file, else null
     */
    record Array(int[] shape, float[] floats, long[] longs) {
        int rowLength() {
            int length = 1;
            for (int i = 1; i < shape.length; i++) {
                length *= shape[i];
            }
            return length;
        }

        float[] floatRow(int row) {
            return Arrays.copyOfRange(floats, row * rowLength(), (row + 1) * rowLength());
        }

        long[] longRow(int row) {
            return Arrays.copyOfRange(longs, row * rowLength(), (row + 1) * rowLength());
        }
    }

    private NpyFiles() {
    }

    static Array read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(buffer.getShort(8));
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        String shapeText = header.substring(header.indexOf("'shape': (") + 10, header.indexOf(')'));
        int[] shape = Arrays.stream(shapeText.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
        int count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        buffer.position(10 + headerLength);
        if (header.contains("'<f4'")) {
            float[] values = new float[count];
            buffer.asFloatBuffer().get(values);
            return new Array(shape, values, null);
        }
        long[] values = new long[count];
        buffer.asLongBuffer().get(values);
        return new Array(shape, null, values);
    }
}
