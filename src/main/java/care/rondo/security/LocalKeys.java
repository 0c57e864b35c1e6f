package care.rondo.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The token key pair of one installation that has no configured keys (the embedded database, and the test
 * run): generated on first start into a folder of its own, reused at every later start. Nothing is bundled, so
 * two installations never trust each other's tokens.
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";
    static final int RSA_BITS = 2048;

    private final Path directory;

    private LocalKeys(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The key folder that belongs to an embedded database's data folder: {@code .local-db} → {@code .local-db-keys}. */
    public static LocalKeys besideDataDirectory(String dataDirectory) {
        Path data = Path.of(dataDirectory).toAbsolutePath().normalize();
        return new LocalKeys(data.resolveSibling(data.getFileName() + "-keys"));
    }

    public static LocalKeys in(Path directory) {
        return new LocalKeys(directory);
    }

    /**
     * Makes this installation sign and verify with its own pair, unless the operator configured keys (then
     * those are used and nothing is generated). Called before Quarkus starts, so system properties suffice.
     */
    public static void useUnlessConfigured(String dataDirectory) {
        if (KeyConfiguration.fromEnvironmentAndSystem().anyKeyConfigured()) {
            return;
        }
        LocalKeys keys = besideDataDirectory(dataDirectory);
        keys.ensure();
        keys.configuration().forEach(System::setProperty);
    }

    public Path directory() {
        return directory;
    }

    public Path privateKey() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public Path publicKey() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /** The configuration that points the JWT signer and verifier at this pair. */
    public java.util.Map<String, String> configuration() {
        return java.util.Map.of(
                KeyConfiguration.SIGN_KEY_PROPERTY, privateKey().toUri().toString(),
                KeyConfiguration.VERIFY_KEY_PROPERTY, publicKey().toUri().toString());
    }

    /** Creates the pair when it is missing (or half there); returns true when it generated a new one. */
    public synchronized boolean ensure() {
        if (Files.isRegularFile(privateKey()) && Files.isRegularFile(publicKey())) {
            return false;
        }
        try {
            Files.createDirectories(directory);
            ownerOnly(directory, "rwx------");
            KeyPair pair = generate();
            // the public key last: its presence says the pair is complete
            write(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the token key pair in " + directory, e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Written to a temporary file and moved in place, so a crash never leaves half a key behind. */
    private static void write(Path target, String content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        ownerOnly(temporary, "rw-------");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
