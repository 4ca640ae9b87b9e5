
@a646d3089dee6acabab5e8c7a56ae2ebd5a37894bc70e757502d1b9cebfde65fç
'limited.meta-rl.svc.cluster.local_20880@7c14bd98c58d53872bc64db407f02c0bfd4631e31d4125b6f1a61cd2090ffd0ez
'limited.meta-rl.svc.cluster.local_20880O
dummy*C

/3
1outbound|20880||limited.meta-rl.svc.cluster.localrdefault