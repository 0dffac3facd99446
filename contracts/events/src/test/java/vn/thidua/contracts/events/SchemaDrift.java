package vn.thidua.contracts.events;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;

/**
 * Compares an event record with its JSON Schema, level by level (nested records and collections of records
 * included), so that a field added on one side only is caught before a consumer meets it.
 */
final class SchemaDrift {

    /** What disagrees; every list empty means the record and the schema describe the same payload. */
    record Report(
            List<String> componentsWithoutProperty,
            List<String> propertiesWithoutComponent,
            List<String> requiredWithoutComponent,
            List<String> shapeMismatches) {

        boolean isClean() {
            return componentsWithoutProperty.isEmpty() && propertiesWithoutComponent.isEmpty()
                    && requiredWithoutComponent.isEmpty() && shapeMismatches.isEmpty();
        }
    }

    private final JsonNode root;
    private final List<String> componentsWithoutProperty = new ArrayList<>();
    private final List<String> propertiesWithoutComponent = new ArrayList<>();
    private final List<String> requiredWithoutComponent = new ArrayList<>();
    private final List<String> shapeMismatches = new ArrayList<>();

    private SchemaDrift(JsonNode root) {
        this.root = root;
    }

    static Report compare(Class<?> recordType, JsonNode schema) {
        SchemaDrift drift = new SchemaDrift(schema);
        drift.compareObject("$", recordType, schema);
        return new Report(List.copyOf(drift.componentsWithoutProperty), List.copyOf(drift.propertiesWithoutComponent),
                List.copyOf(drift.requiredWithoutComponent), List.copyOf(drift.shapeMismatches));
    }

    private void compareObject(String path, Class<?> recordType, JsonNode schemaNode) {
        JsonNode schema = resolve(schemaNode);
        if (!recordType.isRecord()) {
            shapeMismatches.add(path + ": " + recordType.getSimpleName()
                    + " is not a record but the schema has an object");
            return;
        }
        if (!"object".equals(schema.path("type").asString(""))) {
            shapeMismatches.add(path + ": record " + recordType.getSimpleName()
                    + " but the schema is not of type object");
            return;
        }
        if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
            shapeMismatches.add(path + ": object schema must say additionalProperties: false");
        }

        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            if (!ignored(recordType, component)) {
                components.put(jsonName(recordType, component), component);
            }
        }
        JsonNode properties = schema.path("properties");
        Set<String> propertyNames = new LinkedHashSet<>(properties.propertyNames());
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));

        for (String name : components.keySet()) {
            if (!propertyNames.contains(name)) {
                componentsWithoutProperty.add(path + "." + name + ": component " + recordType.getSimpleName() + "."
                        + components.get(name).getName() + " has no property in the schema");
            }
        }
        for (String name : propertyNames) {
            if (!components.containsKey(name)) {
                propertiesWithoutComponent.add(path + "." + name + ": schema property has no component in "
                        + recordType.getSimpleName());
            }
        }
        for (String name : required) {
            if (!components.containsKey(name)) {
                requiredWithoutComponent.add(path + "." + name + ": required by the schema but "
                        + recordType.getSimpleName() + " has no component for it");
            }
        }
        for (Map.Entry<String, RecordComponent> entry : components.entrySet()) {
            String name = entry.getKey();
            if (!propertyNames.contains(name)) {
                continue;
            }
            RecordComponent component = entry.getValue();
            String childPath = path + "." + name;
            if (component.getType().isPrimitive() && !required.contains(name)) {
                shapeMismatches.add(childPath + ": optional in the schema but " + recordType.getSimpleName() + "."
                        + component.getName() + " is a primitive " + component.getType() + ", which cannot be absent");
            }
            compareValue(childPath, component.getGenericType(), properties.path(name));
        }
    }

    private void compareValue(String path, Type javaType, JsonNode schemaNode) {
        JsonNode schema = resolve(schemaNode);
        Class<?> raw = rawClass(javaType);
        if (Collection.class.isAssignableFrom(raw)) {
            if (!"array".equals(schema.path("type").asString(""))) {
                shapeMismatches.add(path + ": " + raw.getSimpleName() + " but the schema is not of type array");
                return;
            }
            Type element = javaType instanceof ParameterizedType parameterized
                    ? parameterized.getActualTypeArguments()[0] : Object.class;
            compareValue(path + "[]", element, schema.path("items"));
        } else if (raw.isRecord()) {
            compareObject(path, raw, schema);
        } else if (raw.isEnum()) {
            compareEnum(path, raw, schema);
        } else {
            compareScalar(path, raw, schema);
        }
    }

    private void compareEnum(String path, Class<?> enumType, JsonNode schema) {
        Set<String> constants = new TreeSet<>();
        Arrays.stream(enumType.getEnumConstants()).forEach(constant -> constants.add(((Enum<?>) constant).name()));
        Set<String> values = new TreeSet<>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        if (!constants.equals(values)) {
            Set<String> onlyInJava = new TreeSet<>(constants);
            onlyInJava.removeAll(values);
            Set<String> onlyInSchema = new TreeSet<>(values);
            onlyInSchema.removeAll(constants);
            shapeMismatches.add(path + ": enum " + enumType.getSimpleName() + " differs from the schema's enum;"
                    + " only in Java " + onlyInJava + ", only in the schema " + onlyInSchema);
        }
    }

    private void compareScalar(String path, Class<?> type, JsonNode schema) {
        String schemaType = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        String expected;
        if (type == String.class) {
            expected = "string";
        } else if (type == UUID.class) {
            expected = "string/uuid";
        } else if (type == LocalDate.class) {
            expected = "string/date";
        } else if (type == Instant.class) {
            expected = "string/date-time";
        } else if (type == boolean.class || type == Boolean.class) {
            expected = "boolean";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expected = "integer";
        } else if (type == BigDecimal.class || type == double.class || type == Double.class) {
            expected = "number";
        } else {
            shapeMismatches.add(path + ": no mapping from " + type.getName() + " to a JSON Schema type");
            return;
        }
        String actual = expected.contains("/") ? schemaType + "/" + format : schemaType;
        if (!expected.equals(actual)) {
            shapeMismatches.add(path + ": " + type.getSimpleName() + " needs schema " + expected
                    + " but found " + actual);
        } else if (type == String.class && !format.isEmpty() && !"uuid".equals(format)) {
            shapeMismatches.add(path + ": schema format " + format + " is mapped to String; use its java.time type");
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local $ref is supported by the drift check: " + ref);
        }
        return resolve(root.at(ref.substring(1)));
    }

    private static boolean ignored(Class<?> recordType, RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                || field(recordType, component).isAnnotationPresent(JsonIgnore.class);
    }

    private static String jsonName(Class<?> recordType, RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            property = field(recordType, component).getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Field field(Class<?> recordType, RecordComponent component) {
        try {
            return recordType.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("Unsupported component type " + type);
    }
}
