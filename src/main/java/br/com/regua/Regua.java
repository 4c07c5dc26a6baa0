package br.com.regua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Regua {
    public static void main(String[] args) {
        SpringApplication.run(Regua.class, args);
    }
}
