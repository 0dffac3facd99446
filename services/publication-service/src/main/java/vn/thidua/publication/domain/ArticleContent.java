package vn.thidua.publication.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import vn.thidua.contracts.events.publication.ArticleCategory;
import vn.thidua.contracts.events.publication.ArticleLinks;
import vn.thidua.support.text.VietnameseText;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.InvalidInputException;

/**
 * What a writer controls in an article. {@link #normalised()} checks every rule at once, brings text to NFC and
 * sanitises the body, so that whatever is stored is safe to show.
 */
public record ArticleContent(
        String title,
        String summary,
        String body,
        ArticleCategory category,
        List<String> channels,
        ArticleLinks links,
        List<Photo> photos) {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_BODY = 200_000;
    static final int MAX_PHOTOS = 30;
    static final int MAX_CAPTION = 500;
    private static final Pattern CHANNEL = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final String REQUIRED = "Không được để trống.";

    public ArticleContent {
        channels = channels == null ? List.of() : List.copyOf(channels);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /**
     * @throws InvalidInputException naming every field that breaks a rule
     */
    public ArticleContent normalised() {
        var errors = new ArrayList<FieldProblem>();
        String cleanTitle = text(title, "title", MAX_TITLE, true, errors);
        String cleanSummary = text(summary, "summary", MAX_SUMMARY, false, errors);
        if (cleanTitle != null && VietnameseText.slug(cleanTitle).isEmpty()) {
            errors.add(new FieldProblem("title", "Tiêu đề phải có ít nhất một chữ cái hoặc chữ số."));
        }
        String cleanBody = null;
        if (body != null && body.length() > MAX_BODY) {
            errors.add(new FieldProblem("body", "Nội dung dài quá " + MAX_BODY + " ký tự."));
        } else {
            cleanBody = ArticleHtml.sanitise(VietnameseText.nfc(body));
            if (cleanBody.isBlank()) {
                errors.add(new FieldProblem("body", REQUIRED));
            }
        }
        if (category == null) {
            errors.add(new FieldProblem("category", REQUIRED));
        }
        var cleanChannels = new LinkedHashSet<String>();
        if (channels.isEmpty()) {
            errors.add(new FieldProblem("channels", "Chọn ít nhất một kênh đăng."));
        }
        for (int i = 0; i < channels.size(); i++) {
            String channel = channels.get(i);
            if (channel == null || channel.length() > 64 || !CHANNEL.matcher(channel).matches()) {
                errors.add(new FieldProblem("channels[" + i + "]",
                        "Mã kênh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ \"portal\"."));
            } else {
                cleanChannels.add(channel);
            }
        }
        ArticleLinks cleanLinks = links == null ? null : new ArticleLinks(
                ids(links.campaignIds(), "links.campaignIds", errors),
                ids(links.exemplarIds(), "links.exemplarIds", errors),
                ids(links.decisionIds(), "links.decisionIds", errors),
                ids(links.publicNoticeIds(), "links.publicNoticeIds", errors));
        if (photos.size() > MAX_PHOTOS) {
            errors.add(new FieldProblem("photos", "Tối đa " + MAX_PHOTOS + " ảnh."));
        }
        var cleanPhotos = new ArrayList<Photo>();
        for (int i = 0; i < photos.size(); i++) {
            Photo photo = photos.get(i);
            if (photo == null || photo.id() == null || photo.id().isBlank()) {
                errors.add(new FieldProblem("photos[" + i + "].id", REQUIRED));
                continue;
            }
            String caption = text(photo.caption(), "photos[" + i + "].caption", MAX_CAPTION, false, errors);
            cleanPhotos.add(new Photo(photo.id(), caption == null ? "" : caption, photo.contentType(), photo.size()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ArticleContent(cleanTitle, cleanSummary, cleanBody, category, List.copyOf(cleanChannels),
                cleanLinks == null || cleanLinks.isEmpty() ? null : cleanLinks, cleanPhotos);
    }

    private static String text(String value, String field, int max, boolean required, List<FieldProblem> errors) {
        String clean = value == null ? null : VietnameseText.nfc(value).strip();
        if (clean == null || clean.isEmpty()) {
            if (required) {
                errors.add(new FieldProblem(field, REQUIRED));
            }
            return null;
        }
        if (clean.length() > max) {
            errors.add(new FieldProblem(field, "Dài quá " + max + " ký tự."));
        }
        return clean;
    }

    private static List<String> ids(List<String> ids, String field, List<FieldProblem> errors) {
        if (ids == null) {
            return null;
        }
        var unique = new LinkedHashSet<String>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !UUID.matcher(id).matches()) {
                errors.add(new FieldProblem(field + "[" + i + "]", "Phải là mã UUID."));
            } else {
                unique.add(id);
            }
        }
        return List.copyOf(unique);
    }
}
