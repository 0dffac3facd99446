package vn.thidua.devstack.issuer;

import com.nimbusds.jose.util.JSONArrayUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo users of the development issuer, kept as data in {@code demo-users.json} beside this code. */
public final class DemoUsers {

    static final String RESOURCE = "/demo-users.json";

    public record DemoUser(String id, String name, List<String> roles, String unit, String unitName) {

        Map<String, Object> toJson() {
            var json = new LinkedHashMap<String, Object>();
            json.put("id", id);
            json.put("name", name);
            json.put("roles", roles);
            json.put("unit", unit);
            json.put("unitName", unitName);
            return json;
        }
    }

    private final List<DemoUser> users;

    private DemoUsers(List<DemoUser> users) {
        this.users = users;
    }

    public static DemoUsers load() {
        try (InputStream in = DemoUsers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " không có trên class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoUsers parse(String json) {
        try {
            List<DemoUser> users = JSONArrayUtils.parse(json).stream().map(DemoUsers::user).toList();
            if (users.stream().map(DemoUser::id).distinct().count() != users.size()) {
                throw new IllegalStateException(RESOURCE + ": mã người dùng bị trùng");
            }
            return new DemoUsers(users);
        } catch (ParseException e) {
            throw new IllegalStateException(RESOURCE + " không phải JSON hợp lệ: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static DemoUser user(Object entry) {
        var json = (Map<String, Object>) entry;
        var roles = ((List<Object>) json.get("roles")).stream().map(String::valueOf).toList();
        return new DemoUser(text(json, "id"), text(json, "name"), roles, text(json, "unit"), text(json, "unitName"));
    }

    /** NFC, because tokens carry names that services store and compare as NFC. */
    private static String text(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": thiếu \"" + field + "\" trong " + json);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public List<DemoUser> all() {
        return users;
    }

    public Optional<DemoUser> find(String id) {
        return users.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return users.stream().map(DemoUser::id).toList();
    }

    String toJson() {
        return JSONArrayUtils.toJSONString(users.stream().map(DemoUser::toJson).toList());
    }
}
