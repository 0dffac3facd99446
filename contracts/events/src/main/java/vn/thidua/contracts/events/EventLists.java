package vn.thidua.contracts.events;

import java.util.List;

/** List handling shared by the event records' constructors. */
public final class EventLists {

    private EventLists() {
    }

    /** An immutable copy; a required list is never null on the wire. */
    public static <E> List<E> required(List<E> list) {
        return List.copyOf(list);
    }

    /**
     * Null for a null or empty list, else an immutable copy: the contracts send an optional list only when it has
     * items, so a producer that passes {@code List.of()} still emits a valid payload.
     */
    public static <E> List<E> optional(List<E> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
