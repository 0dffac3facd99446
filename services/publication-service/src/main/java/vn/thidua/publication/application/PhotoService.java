package vn.thidua.publication.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.Photo;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * Photos for articles. The type is decided by the file's first bytes, not by what the client claims, so a script
 * renamed to {@code .jpg} is refused; the size is limited before anything is stored.
 */
@Service
public class PhotoService {

    /** 5 MiB: a press photo at web quality is far smaller; anything bigger is an unprocessed original. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final PhotoStore store;

    public PhotoService(PhotoStore store) {
        this.store = store;
    }

    public Mono<Photo> upload(byte[] bytes, CurrentUser user) {
        return Mono.defer(() -> {
            EditorialAccess.requireWriterRole(user);
            if (bytes.length > MAX_BYTES) {
                return Mono.error(new PhotoProblems.TooLarge(MAX_BYTES));
            }
            String type = ImageType.sniff(bytes).orElse(null);
            if (type == null) {
                return Mono.error(new PhotoProblems.UnsupportedType());
            }
            return store.store(bytes, type, user.id(), user.unitCode());
        });
    }

    public Mono<PhotoStore.StoredImage> load(String id) {
        return store.load(id).switchIfEmpty(Mono.error(() -> NotFoundException.of("ảnh", id)));
    }

    /** The article's photos with type and size as stored; an id that names no stored photo is a field error. */
    public Mono<List<Photo>> resolve(List<String> ids, List<String> captions) {
        if (ids.isEmpty()) {
            return Mono.just(List.of());
        }
        return Flux.range(0, ids.size())
                .concatMap(i -> store.describe(ids.get(i) == null ? "" : ids.get(i))
                        .map(photo -> Optional.of(new Photo(photo.id(), captions.get(i), photo.contentType(),
                                photo.size())))
                        .defaultIfEmpty(Optional.empty()))
                .collectList()
                .flatMap(found -> {
                    var errors = new ArrayList<FieldProblem>();
                    for (int i = 0; i < found.size(); i++) {
                        if (found.get(i).isEmpty()) {
                            errors.add(new FieldProblem("photos[" + i + "].id", "Không có ảnh đã tải lên với mã này."));
                        }
                    }
                    return errors.isEmpty() ? Mono.just(found.stream().map(Optional::get).toList())
                            : Mono.error(new InvalidInputException(errors));
                });
    }

    /** The image formats a browser shows everywhere, recognised by their signatures. */
    static final class ImageType {

        private ImageType() {
        }

        static Optional<String> sniff(byte[] b) {
            if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
                return Optional.of("image/jpeg");
            }
            if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return Optional.of("image/png");
            }
            if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
                return Optional.of("image/webp");
            }
            return Optional.empty();
        }

        private static boolean startsWith(byte[] bytes, int offset, int... signature) {
            if (bytes.length < offset + signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if ((bytes[offset + i] & 0xFF) != signature[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
