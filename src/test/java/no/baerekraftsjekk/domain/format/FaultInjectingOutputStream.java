package no.baerekraftsjekk.domain.format;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets {@code capacity} bytes through, then fails as a full disk does. */
final class FaultInjectingOutputStream extends FilterOutputStream {
    private long room;

    FaultInjectingOutputStream(OutputStream out, long capacity) {
        super(out);
        this.room = capacity;
    }

    @Override
    public void write(int b) throws IOException {
        if (room <= 0) {
            throw new IOException("No space left on device");
        }
        room--;
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > room) {
            out.write(b, off, (int) room);
            room = 0;
            throw new IOException("No space left on device");
        }
        room -= len;
        out.write(b, off, len);
    }
}
