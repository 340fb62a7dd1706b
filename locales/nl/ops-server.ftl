# Operations (issue 7): refusals of the request limits.
ops-error-rate-limited = Te veel verzoeken vanaf dit adres. Probeer het over { $seconds } s opnieuw.
ops-error-overloaded = De server is op dit moment te druk. Probeer het zo opnieuw.
ops-error-timeout = Het antwoord duurde te lang. Probeer het opnieuw.
