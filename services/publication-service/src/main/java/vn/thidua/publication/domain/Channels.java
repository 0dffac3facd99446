package vn.thidua.publication.domain;

import vn.thidua.support.text.VietnameseText;

/**
 * Channel codes. The province portal and the conference material have fixed codes; a commune's page is the slug of
 * the commune's unit code ({@code XA-PHUONG-TIEN} → {@code xa-phuong-tien}), so that the code names its owner.
 */
public final class Channels {

    public static final String PORTAL = "portal";
    /** Material for review conferences (sơ kết, tổng kết), exported as one bundle. */
    public static final String CONFERENCE = "hoi-nghi";

    private Channels() {
    }

    public static String pageOf(String unitCode) {
        return VietnameseText.slug(unitCode);
    }

    /** The kind of channel a code names: the two fixed codes, otherwise a commune's page. */
    public static Channel.ChannelKind kindOf(String channel) {
        return switch (channel) {
            case PORTAL -> Channel.ChannelKind.PORTAL;
            case CONFERENCE -> Channel.ChannelKind.CONFERENCE;
            default -> Channel.ChannelKind.COMMUNE_PAGE;
        };
    }

    public static boolean isShared(String channel) {
        return PORTAL.equals(channel) || CONFERENCE.equals(channel);
    }
}
