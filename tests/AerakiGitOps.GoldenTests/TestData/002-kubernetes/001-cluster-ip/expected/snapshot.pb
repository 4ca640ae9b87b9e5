
@588fc91fde134a48934ab63c4940680bc652ab3fd4f500278018ab4539809941Ò
 echo.apps.svc.cluster.local_8000@5d5093e6186a04f10bc79423f58789b488b92cfe13e4b839d039005e92ff442dl
 echo.apps.svc.cluster.local_8000H
dummy*<

/,
*outbound|8000||echo.apps.svc.cluster.localrdefault