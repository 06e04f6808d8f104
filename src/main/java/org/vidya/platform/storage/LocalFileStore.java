package org.vidya.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A {@link FileStore} in a local directory: each key is a file below it. Writes go to a
 * temporary file beside the target and are moved into place, so readers never see half a file.
 */
public class LocalFileStore implements FileStore {

    private final Path root;

    public LocalFileStore(Path directory) {
        try {
            Files.createDirectories(directory);
            this.root = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + directory + " as the file store", e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public long put(String key, InputStream content) {
        Path target = resolve(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
            long size = Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            move(temporary, target);
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The move succeeded or the write failed; either way there is nothing more to do.
                }
            }
        }
    }

    @Override
    public Optional<InputStream> get(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    /** The file of a key; never outside the root, whatever the key says. */
    Path resolve(String key) {
        Path file = root.resolve(FileKeys.require(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not a valid file key: " + key);
        }
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
