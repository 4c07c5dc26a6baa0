/** Small types every capability uses: ids, pagination, the caller's account, domain errors. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package br.com.regua.shared;
