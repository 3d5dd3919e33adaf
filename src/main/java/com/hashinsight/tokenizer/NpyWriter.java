package com.hashinsight.tokenizer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Streams a little-endian array to a NumPy {@code .npy} file (format version 1.0), one leading-axis
 * row after another, so the number of rows need not be known up front.
 *
 * <p>The header is written with room to spare and rewritten with the final row count on
 * {@link #close()}. Format: the magic {@code \x93NUMPY}, bytes 1 and 0, a little-endian uint16 header
 * length, then a Python dict literal padded with spaces and ending in a newline so that the data
 * starts at a multiple of 64 bytes (NumPy's {@code numpy.lib.format} documentation, version 1.0).
 */
public final class NpyWriter implements AutoCloseable {

    /** Element type. */
    public enum DType {
        FLOAT32("<f4", 4),
        INT64("<i8", 8);

        private final String descr;
        private final int bytes;

        DType(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }
    }

    private static final int HEADER_BYTES = 128;
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private final Path file;
    private final FileChannel channel;
    private final DType dtype;
    private final int[] rowShape;
    private final long rowElements;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private long elements;

    private NpyWriter(Path file, DType dtype, int[] rowShape) throws IOException {
        this.file = file;
        this.dtype = dtype;
        this.rowShape = rowShape.clone();
        long product = 1;
        for (int dimension : rowShape) {
            if (dimension < 0) {
                throw new IllegalArgumentException("shape dimensions must not be negative, got " + Arrays.toString(rowShape));
            }
            product *= dimension;
        }
        this.rowElements = product;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        channel.write(ByteBuffer.wrap(header(0)));
    }

    /**
     * Opens {@code file} for an array of shape {@code [rows, rowShape...]}; rows are counted as written.
     */
    public static NpyWriter open(Path file, DType dtype, int... rowShape) throws IOException {
        return new NpyWriter(file, dtype, rowShape);
    }

    /** Appends float32 elements. */
    public void write(float[] values, int offset, int length) throws IOException {
        requireType(DType.FLOAT32);
        for (int i = offset; i < offset + length; i++) {
            ensureRoom(Float.BYTES);
            buffer.putFloat(values[i]);
        }
        elements += length;
    }

    public void write(float[] values) throws IOException {
        write(values, 0, values.length);
    }

    /** Appends int64 elements. */
    public void write(long[] values, int offset, int length) throws IOException {
        requireType(DType.INT64);
        for (int i = offset; i < offset + length; i++) {
            ensureRoom(Long.BYTES);
            buffer.putLong(values[i]);
        }
        elements += length;
    }

    public void write(long[] values) throws IOException {
        write(values, 0, values.length);
    }

    /**
     * Flushes the data and writes the final header.
     *
     * @throws IOException when the written elements do not fill whole rows, or writing fails
     */
    @Override
    public void close() throws IOException {
        try (channel) {
            flush();
            if (rowElements == 0 ? elements != 0 : elements % rowElements != 0) {
                throw new IOException(file + ": wrote " + elements + " elements, not a whole number of rows of "
                        + rowElements);
            }
            long rows = rowElements == 0 ? 0 : elements / rowElements;
            channel.write(ByteBuffer.wrap(header(rows)), 0);
        }
    }

    private byte[] header(long rows) {
        StringJoiner shape = new StringJoiner(", ", "(", rowShape.length == 0 ? ",)" : ")");
        shape.add(Long.toString(rows));
        for (int dimension : rowShape) {
            shape.add(Integer.toString(dimension));
        }
        String dict = "{'descr': '" + dtype.descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int textBytes = HEADER_BYTES - MAGIC.length - 2;
        if (dict.length() + 1 > textBytes) {
            throw new IllegalStateException("npy header too long: " + dict);
        }
        StringBuilder text = new StringBuilder(dict);
        while (text.length() < textBytes - 1) {
            text.append(' ');
        }
        text.append('\n');
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC);
        out.putShort((short) textBytes);
        out.put(text.toString().getBytes(StandardCharsets.US_ASCII));
        return out.array();
    }

    private void requireType(DType expected) {
        if (dtype != expected) {
            throw new IllegalArgumentException(file + " holds " + dtype + ", cannot append " + expected);
        }
    }

    private void ensureRoom(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
