package org.vidya.platform.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where files live, by key. A key is a relative path of segments made of letters, digits,
 * {@code .}, {@code _} and {@code -}, separated by {@code /} (for example
 * {@code coursework/<tenant>/<submission>/<id>}); {@code .} and {@code ..} segments are refused,
 * so no key reaches outside the store. Content is streamed in and out, never held whole in
 * memory. Failures of the underlying storage surface as {@link java.io.UncheckedIOException}.
 */
public interface FileStore {

    /**
     * Stores the stream's content under the key, replacing what was there. The file appears
     * whole or not at all: a failed write leaves nothing behind. The caller closes the stream.
     *
     * @return the number of bytes stored
     * @throws IllegalArgumentException when the key is not a valid key
     */
    long put(String key, InputStream content);

    /** Opens the file for reading (the caller closes it), or empty when nothing is stored under the key. */
    Optional<InputStream> get(String key);

    /** Removes the file; false when there was none. */
    boolean delete(String key);

    /** Whether a file is stored under the key. */
    boolean exists(String key);
}
