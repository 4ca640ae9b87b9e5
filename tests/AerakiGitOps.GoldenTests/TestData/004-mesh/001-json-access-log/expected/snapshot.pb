
@876bb9007d451ab42d09691b0d6ef09ed4898d2000a7f5ae0f7fe708e4ac95fdØ
"logged.meta.svc.cluster.local_9000@bb4dab56d39e45d05325b32b5971b178b8d6a88b9cb423bae8a1aa5395550371p
"logged.meta.svc.cluster.local_9000J
dummy*>

/.
,outbound|9000||logged.meta.svc.cluster.localrdefault