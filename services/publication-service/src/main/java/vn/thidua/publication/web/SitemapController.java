package vn.thidua.publication.web;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.thidua.publication.application.PublicReading;
import vn.thidua.publication.domain.Article;

/** {@code /api/sitemap.xml}: every published article's absolute URL and its last change (sitemaps.org 0.9). */
@RestController
class SitemapController {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final PublicReading reading;

    SitemapController(PublicReading reading) {
        this.reading = reading;
    }

    @GetMapping("/api/sitemap.xml")
    Mono<ResponseEntity<String>> sitemap() {
        String base = reading.properties().portalBaseUrl();
        return reading.sitemap().map(articles -> {
            var out = new StringWriter();
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeStartElement("urlset");
                xml.writeDefaultNamespace(NS);
                url(xml, base + "/", null);
                for (Article article : articles) {
                    url(xml, base + article.url(), DateTimeFormatter.ISO_OFFSET_DATE_TIME
                            .format(article.lastPublishedAt().atOffset(ZoneOffset.UTC)));
                }
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("Could not write the sitemap", e);
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
        });
    }

    private static void url(XMLStreamWriter xml, String loc, String lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastmod);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
