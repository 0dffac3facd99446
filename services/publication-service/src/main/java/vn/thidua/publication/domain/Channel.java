package vn.thidua.publication.domain;

/**
 * Where articles appear.
 *
 * @param code     {@code portal}, {@code hoi-nghi} or a commune page's code
 * @param unitCode the commune that owns a page; null for the shared channels
 */
public record Channel(String code, String name, ChannelKind kind, String unitCode) {

    public enum ChannelKind {
        PORTAL("Cổng thông tin điện tử"),
        COMMUNE_PAGE("Trang thông tin của xã"),
        CONFERENCE("Tài liệu hội nghị");

        private final String label;

        ChannelKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Channel portal(String name) {
        return new Channel(Channels.PORTAL, name, ChannelKind.PORTAL, null);
    }

    public static Channel conference() {
        return new Channel(Channels.CONFERENCE, "Tài liệu hội nghị sơ kết, tổng kết", ChannelKind.CONFERENCE, null);
    }

    public static Channel communePage(String unitCode, String unitName) {
        return new Channel(Channels.pageOf(unitCode), "Trang thông tin " + unitName, ChannelKind.COMMUNE_PAGE, unitCode);
    }
}
