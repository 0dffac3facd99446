package vn.thidua.publication.application;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.publication.domain.Article;
import vn.thidua.publication.domain.ArticleStatus;
import vn.thidua.publication.domain.Channels;
import vn.thidua.support.problem.NotFoundException;
import vn.thidua.support.security.CurrentUser;
import vn.thidua.support.security.Role;

/**
 * Who may do what with an article. The editorial board (EDITOR, and ADMIN) does everything; a unit officer writes
 * its unit's drafts, proposes them for the portal or its own page, and publishes approved articles that appear on
 * its own page only. Another unit's unpublished articles do not exist for an officer (404); a step the caller's
 * role never allows is 403.
 */
final class EditorialAccess {

    private EditorialAccess() {
    }

    static boolean isBoard(CurrentUser user) {
        return user != null && user.has(Role.EDITOR, Role.ADMIN);
    }

    static boolean isOfficer(CurrentUser user) {
        return user != null && user.has(Role.UNIT_OFFICER) && user.unitCode() != null;
    }

    static boolean sees(CurrentUser viewer, Article article) {
        return article.status() == ArticleStatus.PUBLISHED || isBoard(viewer)
                || (isOfficer(viewer) && viewer.unitCode().equals(article.authorUnitCode()));
    }

    static void requireWriterRole(CurrentUser user) {
        if (!isBoard(user) && !isOfficer(user)) {
            throw new AccessDeniedException("Chỉ Ban biên tập và cán bộ của đơn vị được viết bài.");
        }
    }

    /** Editing and submitting: the board, or an officer of the author unit. */
    static void requireWriter(CurrentUser user, Article article) {
        requireWriterRole(user);
        if (!isBoard(user) && !user.unitCode().equals(article.authorUnitCode())) {
            throw notVisible(article.id());
        }
    }

    static void requireBoard(CurrentUser user, String what) {
        if (!isBoard(user)) {
            throw new AccessDeniedException("Chỉ Ban biên tập được " + what + ".");
        }
    }

    /** An officer may name the shared channels and its own page, never another commune's page. */
    static void requireChannels(CurrentUser user, List<String> channels) {
        if (isBoard(user)) {
            return;
        }
        String own = Channels.pageOf(user.unitCode());
        for (String channel : channels) {
            if (!Channels.isShared(channel) && !channel.equals(own)) {
                throw new AccessDeniedException("Cán bộ đơn vị không được đăng bài lên trang của đơn vị khác (\""
                        + channel + "\").");
            }
        }
    }

    /** Publishing: the board anywhere; an officer of the author unit when the article goes to its own page only. */
    static void requirePublisher(CurrentUser user, Article article) {
        if (isBoard(user)) {
            return;
        }
        requireWriter(user, article);
        String own = Channels.pageOf(user.unitCode());
        if (!article.channels().equals(List.of(own))) {
            throw new AccessDeniedException("Cán bộ đơn vị chỉ tự đăng bài đã duyệt lên trang của đơn vị mình;"
                    + " bài lên Cổng thông tin do Ban biên tập đăng.");
        }
    }

    static NotFoundException notVisible(String id) {
        return new NotFoundException("Không tìm thấy bài viết có mã \"" + id + "\".");
    }
}
