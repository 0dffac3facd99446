package vn.thidua.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A pom.xml of the repository, read as XML: what Maven would resolve for the few values these tests compare. */
record Pom(Path dir, Element project) {

    static final String IMAGES_PROFILE = "images";

    static Pom of(String moduleDir) {
        Path dir = moduleDir.isEmpty() ? Repository.root() : Repository.file(moduleDir);
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            Document document = factory.newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
            return new Pom(dir, document.getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + dir.resolve("pom.xml"), e);
        }
    }

    static Pom root() {
        return of("");
    }

    String artifactId() {
        return text(child(project, "artifactId").orElseThrow());
    }

    /** A property the pom sets itself, or else one it inherits from the root pom. */
    Optional<String> property(String name) {
        Optional<String> own = child(project, "properties").flatMap(p -> child(p, name)).map(Pom::text);
        if (own.isPresent() || dir.equals(Repository.root())) {
            return own;
        }
        return root().property(name);
    }

    /** The root pom's modules by artifactId: {@code campaign-service} → {@code services/campaign-service}. */
    static Map<String, String> suiteModules() {
        var modules = new LinkedHashMap<String, String>();
        for (Element module : children(child(root().project, "modules").orElseThrow(), "module")) {
            String dir = text(module);
            modules.put(of(dir).artifactId(), dir);
        }
        return modules;
    }

    /** The suite's own modules this one depends on at run time (test-scoped ones are not in the image). */
    List<String> suiteDependencies() {
        var artifacts = new ArrayList<String>();
        child(project, "dependencies").ifPresent(dependencies -> {
            for (Element dependency : children(dependencies, "dependency")) {
                boolean suite = child(dependency, "groupId").map(Pom::text).filter("vn.thidua"::equals).isPresent();
                boolean test = child(dependency, "scope").map(Pom::text).filter("test"::equals).isPresent();
                if (suite && !test) {
                    artifacts.add(text(child(dependency, "artifactId").orElseThrow()));
                }
            }
        });
        return artifacts;
    }

    /** The Jib plugin of the root pom's images profile. */
    static Element jibPlugin() {
        Element profiles = child(root().project, "profiles").orElseThrow(() -> new AssertionError("no profiles"));
        Element profile = children(profiles, "profile").stream()
                .filter(p -> child(p, "id").map(Pom::text).filter(IMAGES_PROFILE::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no profile " + IMAGES_PROFILE + " in pom.xml"));
        Element plugins = child(child(profile, "build").orElseThrow(), "plugins").orElseThrow();
        return children(plugins, "plugin").stream()
                .filter(p -> text(child(p, "artifactId").orElseThrow()).equals("jib-maven-plugin"))
                .findFirst().orElseThrow(() -> new AssertionError("no jib-maven-plugin in profile " + IMAGES_PROFILE));
    }

    /** The image Jib builds for this module: the profile's {@code <to><image>} with this module's properties. */
    String imageName() {
        Element to = path(jibPlugin(), "configuration", "to", "image");
        return resolve(text(to));
    }

    /** ${project.artifactId}, ${project.version} and properties, as Maven interpolates them for this module. */
    String resolve(String value) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "project.artifactId" -> artifactId();
                case "project.version" -> text(child(root().project, "version").orElseThrow());
                default -> property(name).map(this::resolve)
                        .orElseThrow(() -> new AssertionError(dir + ": property " + name + " is not set"));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Element path(Element from, String... steps) {
        Element element = from;
        for (String step : steps) {
            Element parent = element;
            element = child(parent, step).orElseThrow(() -> new AssertionError("no <" + step + "> in <"
                    + parent.getTagName() + ">"));
        }
        return element;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    static String text(Element element) {
        return element.getTextContent().trim();
    }
}
