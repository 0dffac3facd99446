package vn.thidua.support.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the yearly files shipped on the class path. The index lists the years explicitly because a directory
 * cannot be listed portably inside a jar.
 */
final class BundledCalendarData {

    static final String INDEX = "calendar/vn-years.json";

    // A misspelt field would otherwise be dropped silently and a day off would vanish with it.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private record Index(List<Integer> years) {
    }

    private BundledCalendarData() {
    }

    static String resourceOf(int year) {
        return "calendar/vn-" + year + ".json";
    }

    static List<Integer> indexedYears() {
        Index index = read(INDEX, Index.class);
        if (index.years() == null || index.years().isEmpty()) {
            throw new IllegalStateException("Tệp " + INDEX + " không liệt kê năm nào.");
        }
        return List.copyOf(index.years());
    }

    static CalendarYear load(int year) {
        String resource = resourceOf(year);
        CalendarYear data = read(resource, CalendarYear.class);
        if (data.year() != year) {
            throw new IllegalStateException("Tệp " + resource + " chứa dữ liệu năm " + data.year() + ".");
        }
        return data;
    }

    static List<CalendarYear> loadAll() {
        List<CalendarYear> years = new ArrayList<>();
        for (int year : indexedYears()) {
            years.add(load(year));
        }
        return years;
    }

    private static <T> T read(String resource, Class<T> type) {
        ClassLoader loader = BundledCalendarData.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Không tìm thấy tệp lịch " + resource + " trên classpath.");
            }
            return MAPPER.readValue(in, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("Không đọc được tệp lịch " + resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được tệp lịch " + resource + ".", e);
        }
    }
}
