
@695db0482d89715329ee4d3f726348859894891040a195d81c16ee5eb15dd6f9ç
'greeter.default.svc.cluster.local_20880@3b9a40af21ba646323b93253ddbc4d763181a84b1f56fdfac7415245a31f1341z
'greeter.default.svc.cluster.local_20880O
dummy*C

/3
1outbound|20880||greeter.default.svc.cluster.localrdefault