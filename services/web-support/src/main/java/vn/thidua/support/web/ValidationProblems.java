package vn.thidua.support.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;

/** Bean Validation failures, whichever way they arrive, as {@link Issue}s named by JSON path or parameter. */
final class ValidationProblems {

    private ValidationProblems() {
    }

    /** {@code @Valid} bodies ({@code WebExchangeBindException}) and bound objects, named by Spring's property path. */
    static List<Issue> fromErrors(Errors errors, String prefix) {
        List<Issue> issues = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            String field = join(prefix, error.getField());
            if (error.contains(ConstraintViolation.class)) {
                issues.add(ConstraintMessages.issue(field, Issue.FIELD, error.unwrap(ConstraintViolation.class)));
            } else {
                issues.add(ConstraintMessages.issue(field, Issue.FIELD, error, fieldType(errors, error.getField())));
            }
        }
        for (ObjectError error : errors.getGlobalErrors()) {
            String field = prefix.isEmpty() ? null : prefix;
            if (error.contains(ConstraintViolation.class)) {
                issues.add(ConstraintMessages.issue(field, field == null ? null : Issue.FIELD,
                        error.unwrap(ConstraintViolation.class)));
            } else {
                issues.add(ConstraintMessages.issue(field, field == null ? null : Issue.FIELD, error, null));
            }
        }
        return issues;
    }

    /**
     * Method validation: Spring's built-in validation of controller parameters (constraints directly on a
     * {@code @PathVariable} or {@code @RequestParam}, or on a {@code @Valid} body of such a method) and
     * {@code @Validated} beans configured to adapt violations.
     */
    static List<Issue> fromMethodValidation(MethodValidationResult result) {
        List<Issue> issues = new ArrayList<>();
        for (ParameterValidationResult parameterResult : result.getParameterValidationResults()) {
            MethodParameter parameter = parameterResult.getMethodParameter();
            String container = containerPart(parameterResult);
            if (parameterResult instanceof ParameterErrors errors) {
                // A bean argument: a body's paths start at the body's root, as the client wrote it.
                String prefix = parameter.hasParameterAnnotation(RequestBody.class)
                        ? container : join(parameterName(parameter), container);
                issues.addAll(fromErrors(errors, prefix));
                continue;
            }
            boolean body = parameter.hasParameterAnnotation(RequestBody.class);
            String name = body ? (container.isEmpty() ? null : container) : parameterName(parameter) + container;
            String noun = body ? (name == null ? "nội dung yêu cầu" : Issue.FIELD) : nounOf(parameter);
            for (MessageSourceResolvable error : parameterResult.getResolvableErrors()) {
                ConstraintViolation<?> violation = unwrapViolation(parameterResult, error);
                issues.add(violation != null
                        ? ConstraintMessages.issue(name, noun, violation)
                        : ConstraintMessages.issue(name, noun, error, parameter.getParameterType()));
            }
        }
        for (MessageSourceResolvable error : result.getCrossParameterValidationResults()) {
            issues.add(ConstraintMessages.issue(null, null, error, null));
        }
        return issues;
    }

    static List<Issue> fromViolations(Iterable<? extends ConstraintViolation<?>> violations) {
        List<Issue> issues = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            PathName path = pathOf(violation.getPropertyPath());
            String noun = path.name() == null ? null : path.property() ? Issue.FIELD : Issue.PARAMETER;
            issues.add(ConstraintMessages.issue(path.name(), noun, violation));
        }
        return issues;
    }

    record PathName(String name, boolean property) {
    }

    /**
     * A violation's path as a client would write it: {@code create.arg0.criteria[0].maxScore} becomes
     * {@code criteria[0].maxScore} (method and bean parameter nodes say nothing to a client), while a constrained
     * simple parameter keeps its own name ({@code list.page} becomes {@code page}).
     */
    static PathName pathOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        boolean hasProperty = nodes.stream().anyMatch(n -> n.getKind() == ElementKind.PROPERTY);
        StringBuilder name = new StringBuilder();
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                name.append('[').append(node.getIndex() != null ? node.getIndex()
                        : node.getKey() != null ? node.getKey() : "").append(']');
            }
            if (kind == ElementKind.PARAMETER && !hasProperty || kind == ElementKind.PROPERTY) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return new PathName(name.isEmpty() ? null : name.toString(), hasProperty);
    }

    private static ConstraintViolation<?> unwrapViolation(ParameterValidationResult result,
                                                          MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static String containerPart(ParameterValidationResult result) {
        if (result.getContainerIndex() != null) {
            return "[" + result.getContainerIndex() + "]";
        }
        if (result.getContainerKey() != null) {
            return "[" + result.getContainerKey() + "]";
        }
        return "";
    }

    static String parameterName(MethodParameter parameter) {
        String name = null;
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        CookieValue cookieValue = parameter.getParameterAnnotation(CookieValue.class);
        RequestPart requestPart = parameter.getParameterAnnotation(RequestPart.class);
        if (pathVariable != null) {
            name = first(pathVariable.name(), pathVariable.value());
        } else if (requestParam != null) {
            name = first(requestParam.name(), requestParam.value());
        } else if (requestHeader != null) {
            name = first(requestHeader.name(), requestHeader.value());
        } else if (cookieValue != null) {
            name = first(cookieValue.name(), cookieValue.value());
        } else if (requestPart != null) {
            name = first(requestPart.name(), requestPart.value());
        }
        if (name == null) {
            name = parameter.getParameterName();
        }
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }

    static String nounOf(MethodParameter parameter) {
        if (parameter.hasParameterAnnotation(RequestHeader.class)) {
            return "header";
        }
        if (parameter.hasParameterAnnotation(CookieValue.class)) {
            return "cookie";
        }
        return Issue.PARAMETER;
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b != null && !b.isEmpty() ? b : null;
    }

    private static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        if (field == null || field.isEmpty()) {
            return prefix;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    private static Class<?> fieldType(Errors errors, String field) {
        try {
            return errors.getFieldType(field);
        } catch (RuntimeException unknownField) {
            return null;
        }
    }
}
