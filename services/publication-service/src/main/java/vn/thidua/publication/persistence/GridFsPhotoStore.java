package vn.thidua.publication.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.UUID;
import org.bson.Document;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsOperations;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.PhotoStore;
import vn.thidua.publication.domain.Photo;

/**
 * Photos in GridFS (bucket {@code fs}: {@code fs.files} and {@code fs.chunks}). The file name is the photo's id,
 * a UUID, so that a link to a photo reveals nothing and cannot be guessed.
 */
@Repository
class GridFsPhotoStore implements PhotoStore {

    private final ReactiveGridFsOperations gridFs;

    GridFsPhotoStore(ReactiveGridFsOperations gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public Mono<Photo> store(byte[] bytes, String contentType, String uploadedBy, String unitCode) {
        String id = UUID.randomUUID().toString();
        var metadata = new Document("contentType", contentType).append("uploadedBy", uploadedBy)
                .append("unitCode", unitCode);
        Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
        return gridFs.store(content, id, contentType, metadata)
                .thenReturn(new Photo(id, "", contentType, bytes.length));
    }

    @Override
    public Mono<Photo> describe(String id) {
        return gridFs.findOne(query(where("filename").is(id)))
                .map(file -> new Photo(id, "", file.getMetadata() == null ? null
                        : file.getMetadata().getString("contentType"), file.getLength()));
    }

    @Override
    public Mono<StoredImage> load(String id) {
        return gridFs.findOne(query(where("filename").is(id)))
                .flatMap(file -> gridFs.getResource(file)
                        .flatMap(resource -> DataBufferUtils.join(resource.getDownloadStream()))
                        .map(buffer -> {
                            byte[] bytes = new byte[buffer.readableByteCount()];
                            buffer.read(bytes);
                            DataBufferUtils.release(buffer);
                            return new StoredImage(file.getMetadata().getString("contentType"), bytes);
                        }));
    }
}
