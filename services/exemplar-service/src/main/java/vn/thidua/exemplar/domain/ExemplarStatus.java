package vn.thidua.exemplar.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an exemplar is in its life: discovered → fostering → recognised → replicating → archived. An award or a
 * review may recognise a discovered exemplar without a fostering plan; any stage may be archived; nothing leaves the
 * archive.
 */
public enum ExemplarStatus {
    DISCOVERED("Mới phát hiện"),
    FOSTERING("Đang bồi dưỡng"),
    RECOGNISED("Đã công nhận"),
    REPLICATING("Đang nhân rộng"),
    ARCHIVED("Lưu trữ");

    private final String label;

    ExemplarStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<ExemplarStatus> next() {
        return switch (this) {
            case DISCOVERED -> EnumSet.of(FOSTERING, RECOGNISED, ARCHIVED);
            case FOSTERING -> EnumSet.of(RECOGNISED, ARCHIVED);
            case RECOGNISED -> EnumSet.of(REPLICATING, ARCHIVED);
            case REPLICATING -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ExemplarStatus.class);
        };
    }

    public boolean canMoveTo(ExemplarStatus target) {
        return next().contains(target);
    }

    /** What the public sees: the honour board shows recognised exemplars and those being replicated. */
    public boolean isPublic() {
        return this == RECOGNISED || this == REPLICATING;
    }
}
