package br.com.regua.web;

import org.springframework.web.bind.annotation.GetMapping;

@PageController
class HomePage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "home";
    }
}
