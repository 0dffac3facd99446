package vn.thidua.publication.application;

import reactor.core.publisher.Mono;
import vn.thidua.publication.domain.Photo;

/** Where uploaded images live (GridFS). Checking type and size is the caller's job; this only keeps bytes. */
public interface PhotoStore {

    /** Stores the image and returns its description, with a new id. */
    Mono<Photo> store(byte[] bytes, String contentType, String uploadedBy, String unitCode);

    /** The description of a stored image, empty when there is none. */
    Mono<Photo> describe(String id);

    /** The image itself, empty when there is none. */
    Mono<StoredImage> load(String id);

    record StoredImage(String contentType, byte[] bytes) {
    }
}
