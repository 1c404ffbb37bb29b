package org.sightline.kernel.module;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors under {@code /api/**} answer as an API: JSON with the status and a message, never the
 * sign-in page or an HTML error. Transient trouble (the database busy or away) is a 503 with
 * {@code Retry-After}, so the council's web form can try again; anything unexpected is a 500,
 * logged here with its cause. Requests outside {@code /api/} are left to the portal.
 */
@RestControllerAdvice
public class ApiErrors {

    public static final String PREFIX = "/api/";
    static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The body every API error has: its status and a sentence saying what to do. */
    public static Map<String, Object> body(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return body;
    }

    public static ResponseEntity<Map<String, Object>> of(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(status, message));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allowed)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body(HttpStatus.METHOD_NOT_ALLOWED, request.getMethod() + " is not served here; use " + allowed + "."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json (UTF-8).");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> acceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        if (!isApi(request)) {
            throw e;
        }
        // The body cannot be JSON if JSON is not acceptable: say it with the status alone.
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Map<String, Object>> transientFailure(Exception e, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        log.warn("API call {} {} failed for a passing reason: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).contentType(MediaType.APPLICATION_JSON)
                .body(body(HttpStatus.SERVICE_UNAVAILABLE, "The service is busy; nothing was saved. Try again in "
                        + RETRY_AFTER_SECONDS + " seconds."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was saved. "
                + "If it happens again, tell the council's QA systems team.");
    }
}
