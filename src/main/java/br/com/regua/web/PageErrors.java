package br.com.regua.web;

import br.com.regua.shared.ConflictException;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of back-office pages as pages in pt-BR, rendered in the same request so that the layout
 * still knows who is signed in. An id of another account is simply "not found".
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "Página não encontrada", e.getMessage() + ".");
    }

    /** A state that refuses the request (a carnê with nothing left to print…): said, not a 500. */
    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, "Não foi possível", e.getMessage() + ".");
    }

    @ExceptionHandler(InvalidFieldException.class)
    ModelAndView invalid(InvalidFieldException e) {
        return page(
                HttpStatus.BAD_REQUEST, "Endereço inválido", "Parâmetro " + e.field() + ": " + e.getMessage() + ".");
    }

    private static ModelAndView page(HttpStatus status, String heading, String message) {
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("heading", heading);
        page.addObject("message", message);
        return page;
    }
}
