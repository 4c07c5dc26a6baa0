package br.com.regua.api;

import br.com.regua.shared.ConflictException;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;
import br.com.regua.shared.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error is RFC 9457 problem+json; validation errors list the fields they concern, so a
 * client can show the message beside the right input.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    record FieldProblem(String field, String message) {}

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage());
        if (e.field() != null) problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        if (e.field() != null) problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
    }

    @ExceptionHandler(InvalidReferenceException.class)
    ProblemDetail invalidReference(InvalidReferenceException e) {
        ProblemDetail problem = invalid(List.of(new FieldProblem(e.field(), e.getMessage())));
        problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle("Unprocessable Content");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Acesso negado");
    }

    /** A race the request lost (two creations of the same unique thing): a conflict, not a crash. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info(
                "Integrity violation answered as 409: {}",
                e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict", "O recurso conflita com outro já existente");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "Erro inesperado");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiErrors::fieldProblem)
                .toList();
        List<FieldProblem> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(invalid(java.util.stream.Stream.concat(errors.stream(), global.stream())
                        .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                error instanceof FieldError fe
                                        ? fe.getField()
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException jackson = outermostWithPath(ex);
        if (jackson != null) {
            return ResponseEntity.badRequest()
                    .body(invalid(List.of(new FieldProblem(path(jackson), readableMessage(jackson)))));
        }
        Throwable cause = ex.getMostSpecificCause();
        String detail = cause instanceof StreamReadException
                ? "JSON malformado: " + ((StreamReadException) cause).getOriginalMessage()
                : "Corpo da requisição ausente ou ilegível";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", detail);
        problem.setProperty("errors", List.of(new FieldProblem("body", detail)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        if (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m) {
            field = m.getName();
        }
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(field, "valor inválido"))));
    }

    /** The Jackson error that knows which field it was reading (a date parser's cause does not). */
    private static JacksonException outermostWithPath(Throwable ex) {
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) return jackson;
        }
        return null;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        String message = error.getDefaultMessage();
        if (error.isBindingFailure()) message = "valor inválido";
        return new FieldProblem(error.getField(), message);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String readableMessage(JacksonException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return "valor inválido; aceitos: "
                        + Arrays.stream(target.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "));
            }
            return "valor inválido para o tipo " + typeName(target);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "tipo inválido; esperado " + typeName(mismatch.getTargetType());
        }
        return "valor inválido";
    }

    private static String typeName(Class<?> type) {
        Map<Class<?>, String> names = Map.of(
                Long.class,
                "número inteiro",
                long.class,
                "número inteiro",
                Integer.class,
                "número inteiro",
                int.class,
                "número inteiro",
                Boolean.class,
                "booleano",
                boolean.class,
                "booleano",
                String.class,
                "texto",
                java.time.LocalDate.class,
                "data (AAAA-MM-DD)",
                java.time.LocalTime.class,
                "hora (HH:MM:SS)");
        if (type.isEnum()) return "um dos valores do enum";
        if (java.util.Collection.class.isAssignableFrom(type)) return "lista";
        return names.getOrDefault(type, "objeto");
    }

    static ProblemDetail invalid(List<FieldProblem> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", "Dados inválidos: " + detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
