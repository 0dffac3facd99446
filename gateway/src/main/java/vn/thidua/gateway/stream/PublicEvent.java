package vn.thidua.gateway.stream;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the portal's live stream.
 *
 * @param sequence order of arrival at this gateway instance; not sent, it orders the replay buffer
 * @param id       the CloudEvents id ({@code ce_id}), sent as the SSE id so that a client can resume after it
 * @param type     the event's name, e.g. {@code ArticlePublished}, sent as the SSE event name
 * @param data     the public projection of the payload (see {@link PublicProjections})
 */
public record PublicEvent(long sequence, String id, String type, Instant time, Map<String, Object> data) {
}
