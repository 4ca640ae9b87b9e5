
@1baca67a77946707c757e59a3a143fbc1838cf22557d3f6bd3c64d142b0a03eeÕ
!echo.meta.svc.cluster.local_20880@a31ffac20a34512e0e5283640aba08b428e08ad6baa10e569c35393fc6e8a264n
!echo.meta.svc.cluster.local_20880I
dummy*=

/-
+outbound|20880||echo.meta.svc.cluster.localrdefaultØ
"legacy.meta.svc.cluster.local_9090@0e123c1a58d68e424f0fb36b617e333550ecfd5f3a68da5613547ac4d70b8222p
"legacy.meta.svc.cluster.local_9090J
dummy*>

/.
,outbound|9090||legacy.meta.svc.cluster.localrdefault