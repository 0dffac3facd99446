package vn.thidua.devstack.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The issuer's RSA key, made once and kept in the data folder, so that tokens handed out before a restart stay
 * valid after it (a developer's shell keeps its $TOKEN).
 */
final class SigningKeys {

    private SigningKeys() {
    }

    static RSAKey loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            try {
                RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!key.isPrivate()) {
                    throw new IllegalStateException(file + " không chứa khóa bí mật");
                }
                return key;
            } catch (ParseException e) {
                throw new IllegalStateException(file + " không phải JWK hợp lệ: " + e.getMessage()
                        + " (xóa tệp để tạo khóa mới; token cũ sẽ hết hiệu lực)", e);
            }
        }
        RSAKey key = generate();
        write(file, key.toJSONString());
        return key;
    }

    private static RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Không tạo được khóa RSA", e);
        }
    }

    /** Owner-only from the first byte on, and renamed into place so that a crash never leaves half a key. */
    private static void write(Path file, String json) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
