package vn.thidua.nomination.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.support.problem.NotFoundException;

/**
 * The award catalogue at one moment: every award type with all its versions. The bundled file
 * {@code catalogue/award-types.json} seeds a new database; afterwards the catalogue lives in the database and a new
 * legal basis is added as a version through the API.
 */
public final class Catalogue {

    static final String BUNDLED = "/catalogue/award-types.json";

    private final Map<String, AwardType> types;

    public Catalogue(Collection<AwardType> types) {
        var byCode = new LinkedHashMap<String, AwardType>();
        types.forEach(type -> byCode.put(type.code(), type));
        this.types = Map.copyOf(byCode);
    }

    /** The catalogue as this build ships it, every type at version 1. */
    public static Catalogue bundled() {
        return new Catalogue(bundledTypes());
    }

    public static List<AwardType> bundledTypes() {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try (InputStream in = Catalogue.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the class path");
            }
            return List.of(mapper.readValue(in, Entry[].class)).stream()
                    .map(entry -> new AwardType(entry.code(), entry.versions(), 1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Entry(String code, List<AwardTypeVersion> versions) {
    }

    public Optional<AwardType> find(String code) {
        return Optional.ofNullable(types.get(code));
    }

    public AwardType get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException(
                "Không có danh hiệu hoặc hình thức khen thưởng mã \"" + code + "\" trong danh mục."));
    }

    /** The latest name of an award code, or the code itself if the catalogue does not know it. */
    public String nameOf(String code) {
        return find(code).map(type -> type.latest().name()).orElse(code);
    }

    public Collection<AwardType> all() {
        return types.values();
    }
}
