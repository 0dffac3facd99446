package vn.thidua.publication.domain;

/**
 * A photo of an article: the stored image it shows and its caption.
 *
 * @param id          id of the stored image (see the photo store)
 * @param caption     NFC; may be empty but never null
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code image/webp}
 * @param size        bytes
 */
public record Photo(String id, String caption, String contentType, long size) {
}
